namespace WarRoom.SeedGeneration;

/// <summary>A person's name in characters and in pinyin, surname first ("张伟" / "Zhang Wei").</summary>
internal readonly record struct PersonName(string Zh, string En);

/// <summary>
/// Draws plausible names: surname by population frequency, a given name of one character (a quarter of people)
/// or two different characters, about 55% women as in a retail bank's manager corps.
/// </summary>
internal sealed class ChineseNameGenerator(SeedRandom random)
{
    private static readonly int[] SurnameWeights = [.. ChineseNameData.Surnames.Select(s => s.Weight)];
    private static readonly int SurnameTotal = SurnameWeights.Sum();

    /// <summary>A name not in <paramref name="taken"/> (compared by characters), which it is then added to.</summary>
    public PersonName Next(HashSet<string> taken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = Draw();
            if (taken.Add(name.Zh))
            {
                return name;
            }

            if (attempt > 10_000)
            {
                throw new InvalidOperationException("could not find an unused name: the group is too large for the name pools");
            }
        }
    }

    private PersonName Draw()
    {
        var surname = ChineseNameData.Surnames[random.PickWeighted(SurnameWeights, SurnameTotal)];
        var woman = random.Chance(0.55);
        var closing = random.Pick(woman ? ChineseNameData.FemaleClosing : ChineseNameData.MaleClosing);
        if (random.Chance(0.25))
        {
            return new PersonName(surname.Hanzi + closing.Hanzi, surname.Pinyin + " " + Capitalize(closing.Pinyin));
        }

        NamePart leading;
        do
        {
            leading = random.Pick(woman ? ChineseNameData.FemaleLeading : ChineseNameData.MaleLeading);
        }
        while (leading.Hanzi == closing.Hanzi);

        return new PersonName(surname.Hanzi + leading.Hanzi + closing.Hanzi, surname.Pinyin + " " + Capitalize(leading.Pinyin) + Syllable(closing.Pinyin));
    }

    private static string Capitalize(string pinyin) => char.ToUpperInvariant(pinyin[0]) + pinyin[1..];

    // Pinyin marks a syllable boundary before a, o or e with an apostrophe (Xi'an, not Xian).
    private static string Syllable(string pinyin) => pinyin[0] is 'a' or 'o' or 'e' ? "'" + pinyin : pinyin;
}
