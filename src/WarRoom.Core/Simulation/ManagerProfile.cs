namespace WarRoom.Core.Simulation;

/// <summary>
/// A manager's simulated form: how strong they run against target (so rankings spread out) and whether they have
/// gone quiet (so the inactive list 帮扶名单 has names). Derived from the seed and the code, so stable across runs.
/// </summary>
public readonly record struct ManagerProfile(double Strength, bool Inactive)
{
    public static ManagerProfile For(string code, int seed)
    {
        var hash = Mix(((ulong)(uint)seed << 32) | (uint)StableHash(code));
        var u = (hash & 0xFFFF) / 65536.0;
        var strength = 0.55 + (u * 0.85);
        var inactive = ((hash >> 16) % 100) < 3;
        return new ManagerProfile(strength, inactive);
    }

    private static uint Mix(ulong x)
    {
        // SplitMix64 finaliser: HashCode.Combine is seeded per process, the simulation must not be.
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return (uint)(x ^ (x >> 31));
    }

    // string.GetHashCode is randomised per process; the simulation must not be.
    private static int StableHash(string text)
    {
        unchecked
        {
            var h = (int)2166136261;
            foreach (var c in text)
            {
                h = (h ^ c) * 16777619;
            }

            return h;
        }
    }
}
