using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Tests.Ingest;

public sealed class EventListsTests
{
    [Fact]
    public void A_returned_list_lets_go_of_its_events_and_a_rented_one_is_empty_and_big_enough()
    {
        var list = EventLists.Rent(8);
        list.Add(new IncomingEvent { Id = "held", Error = "reason" });

        EventLists.Return(list);

        Assert.Empty(list);
        for (var i = 0; i < 20; i++)
        {
            var rented = EventLists.Rent(12_000);
            Assert.Empty(rented);
            Assert.True(rented.Capacity >= 12_000);
        }
    }
}
