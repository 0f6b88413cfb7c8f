namespace WarRoom.Core.Aggregates;

/// <summary>
/// The day cells of a column. A branch's (a unit with children) roll up thousands of managers and are 8 bytes; a
/// leaf's (a manager's, 92 % of a national tree) hold one unit's own day and fit 4 bytes, except a figure beyond an
/// int's range, which moves to <see cref="spilled"/> and leaves <see cref="Spilled"/> in its cell. At 108,745 units,
/// 90 days and 13 such KPIs that is 460 MB less once every cell is written (decision 0028). A daily-average column
/// carries balances forward, which often pass 2^31 (214,748 万元 in fixed point), so all its cells stay 8 bytes.
/// </summary>
internal sealed partial class KpiColumn
{
    private const int Spilled = int.MinValue;

    private readonly int[]? rowOf;
    private readonly long[] wide;
    private readonly int[] narrow;
    private readonly Dictionary<int, long> spilled = [];

    /// <summary>
    /// The subtree's figure for one day: the day's sum, or for a <c>latest</c> KPI the sum of each booking unit's
    /// last reading that day.
    /// </summary>
    public long DayValue(int unit, int day)
    {
        var row = rowOf?[unit] ?? unit;
        if (row >= 0)
        {
            return wide[(row * days) + day];
        }

        var i = (~row * days) + day;
        return narrow[i] != Spilled ? narrow[i] : spilled[i];
    }

    /// <summary>Adds <paramref name="delta"/> to the unit's cell of <paramref name="day"/>.</summary>
    public void AddDay(int unit, int day, long delta)
    {
        var row = rowOf?[unit] ?? unit;
        if (row >= 0)
        {
            wide[(row * days) + day] += delta;
            return;
        }

        var i = (~row * days) + day;
        ref var cell = ref narrow[i];
        if (cell == Spilled)
        {
            spilled[i] += delta;
            return;
        }

        var sum = cell + delta;
        if (sum is > int.MaxValue or <= Spilled)
        {
            spilled[i] = sum;
            cell = Spilled;
            return;
        }

        cell = (int)sum;
    }

    /// <summary>Sum of the unit's day cells over days From..To.</summary>
    public long DailySum(int unit, int from, int to)
    {
        long sum = 0;
        var row = rowOf?[unit] ?? unit;
        if (row >= 0)
        {
            var cells = wide.AsSpan(row * days, days);
            for (var d = from; d <= to; d++)
            {
                sum += cells[d];
            }

            return sum;
        }

        var start = ~row * days;
        for (var d = from; d <= to; d++)
        {
            var v = narrow[start + d];
            sum += v != Spilled ? v : spilled[start + d];
        }

        return sum;
    }

    /// <summary>Saves or loads the day cells, the spilled ones as (index, value) pairs.</summary>
    private void ExchangeDays(IStateChannel channel)
    {
        channel.Block<long>(wide);
        channel.Block<int>(narrow);
        var n = (int)channel.Number(spilled.Count);
        var pairs = channel.IsLoading ? new long[n * 2] : [.. spilled.SelectMany(p => new[] { (long)p.Key, p.Value })];
        channel.Block<long>(pairs);
        if (channel.IsLoading)
        {
            spilled.Clear();
            for (var i = 0; i < n; i++)
            {
                spilled[(int)pairs[2 * i]] = pairs[(2 * i) + 1];
            }
        }
    }
}

/// <summary>
/// Where each unit's day cells are, shared by the columns: a branch's row among the 8-byte rows (≥ 0), or the
/// complement of a leaf's row among the 4-byte ones (&lt; 0). Pre-order: a unit is a leaf when its subtree is itself.
/// </summary>
internal sealed class DayRows
{
    public DayRows(int[] subtreeEnd)
    {
        Of = new int[subtreeEnd.Length];
        for (var u = 0; u < Of.Length; u++)
        {
            Of[u] = subtreeEnd[u] == u + 1 ? ~Leaves++ : Branches++;
        }
    }

    public int[] Of { get; }

    public int Branches { get; }

    public int Leaves { get; }
}
