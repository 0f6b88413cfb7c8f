using WarRoom.Core.Events;
using WarRoom.Core.Seed;
using static WarRoom.Web.Tests.Storage.TestSeed;

namespace WarRoom.Web.Tests.Storage;

/// <summary>
/// The events every contract case starts from, with the figures worked out by hand in the comments: deposits
/// (sum) and MAU (latest) on managers, on sub-branches, on a branch and on HQ, around local midnight, and two
/// readings in one second whose millisecond order disagrees with their Seq order.
/// </summary>
internal static class ContractScenario
{
    public static IReadOnlyList<EventRecord> Events(SeedData s) =>
    [
        // deposit_new: BR01 = 100 + 50 + 1 + 20 + 30 + 7 = 208; BR02 = 11 + 40 = 51; HQ itself 1000; all 1259.
        Event(s, 1, "M001", "deposit_new", "2027-01-04 09:00:00", 100),
        Event(s, 2, "M002", "deposit_new", "2027-01-04 10:30:00", 50),
        Event(s, 16, "M002", "deposit_new", "2027-01-04 10:30:00.700", 1),
        Event(s, 3, "M003", "deposit_new", "2027-01-04 23:30:00", 20),
        Event(s, 4, "M003", "deposit_new", "2027-01-05 00:30:00", 30), // Jan 5 locally, Jan 4 in UTC
        Event(s, 5, "SB0101", "deposit_new", "2027-01-05 08:00:00", 7),
        Event(s, 6, "BR02", "deposit_new", "2027-01-05 09:00:00", 11),
        Event(s, 7, "M004", "deposit_new", "2027-01-06 12:00:00", 40),
        Event(s, 8, "HQ", "deposit_new", "2027-01-06 12:00:00", 1000),

        // mau: latest per booking unit is M001 12, M002 7 (seq 15 beats seq 14 in the same second), SB0102 3, M004 8.
        Event(s, 9, "M001", "mau", "2027-01-04 09:00:00", 10),
        Event(s, 10, "M001", "mau", "2027-01-05 09:00:00", 12),
        Event(s, 11, "M002", "mau", "2027-01-04 09:00:00", 5),
        Event(s, 12, "SB0102", "mau", "2027-01-04 09:00:00", 3),
        Event(s, 13, "M004", "mau", "2027-01-05 09:00:00", 8),
        Event(s, 14, "M002", "mau", "2027-01-05 09:00:00.900", 6),
        Event(s, 15, "M002", "mau", "2027-01-05 09:00:00.100", 7),
    ];
}
