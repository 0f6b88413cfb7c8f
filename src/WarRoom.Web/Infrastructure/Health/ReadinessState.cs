namespace WarRoom.Web.Infrastructure.Health;

/// <summary>Start-up milestones /readyz waits for (the aggregates rebuilt from the store, …).</summary>
public sealed class ReadinessState
{
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);

    public void Expect(string milestone)
    {
        lock (pending)
        {
            pending.Add(milestone);
        }
    }

    public void Reached(string milestone)
    {
        lock (pending)
        {
            pending.Remove(milestone);
        }
    }

    public IReadOnlyList<string> Pending
    {
        get
        {
            lock (pending)
            {
                return [.. pending];
            }
        }
    }
}
