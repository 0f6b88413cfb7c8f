using WarRoom.Core.Dimensions;

namespace WarRoom.Web.Tests.Storage;

public abstract partial class KpiStoreContract
{
    [ContractFact]
    public async Task Tags_are_stored_and_read_back_with_their_events()
    {
        var events = new[]
        {
            TestSeed.Event(Seed, 1, "M001", "deposit_new", "2027-01-04 09:00:00", 10) with { Tags = EventTags.With(EventTags.With(0, 0, 1), 1, 1) },
            TestSeed.Event(Seed, 2, "M002", "deposit_new", "2027-01-04 09:01:00", 20) with { Tags = EventTags.With(0, 0, 0) },
            TestSeed.Event(Seed, 3, "M003", "deposit_new", "2027-01-04 09:02:00", 30),
            TestSeed.Event(Seed, 4, "M004", "mau", "2027-01-04 09:03:00", 40) with { Tags = EventTags.With(0, 1, 0) },
        };
        await Store.WriteAsync(events, CancellationToken.None);

        var read = await ReadAllAsync();

        Assert.Equal(events, read);
        Assert.Equal(["channel=mobile segment=private", "channel=branch", "", "segment=mass"],
            read.Select(e => string.Join(' ', Seed.Dimensions.Read(e.Tags).Select(t => $"{t.Dimension.Code}={t.Value.Code}"))));
    }
}
