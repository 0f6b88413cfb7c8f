using System.Globalization;

namespace WarRoom.Web.Features.Ingest.Parsing;

/// <summary>
/// The pieces of JSON <see cref="JsonEventFastPath"/> reads, each at position <c>p</c> of the body and each refusing
/// (false) what it does not take for certain, so that the general reader gets the body instead.
/// </summary>
internal static class JsonScan
{
    private static readonly double[] Pow10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>
    /// A JSON string value without escapes or control characters (and, <paramref name="asciiOnly"/>, nothing past
    /// 0x7E); <paramref name="raw"/> is its content. Byte by byte: ids and codes are a few dozen bytes at most, too
    /// short for the vectorised searches to pay for their set-up.
    /// </summary>
    public static bool String(ReadOnlySpan<byte> b, ref int p, out ReadOnlySpan<byte> raw, bool asciiOnly)
    {
        raw = default;
        if (Peek(b, p) != '"')
        {
            return false;
        }

        var highest = asciiOnly ? 0x7E : 0xFF;
        for (var i = p + 1; i < b.Length; i++)
        {
            var c = b[i];
            if (c == '"')
            {
                raw = b[(p + 1)..i];
                p = i + 1;
                return true;
            }

            if (c == '\\' || c < 0x20 || c > highest)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Steps over <paramref name="literal"/> when the body has it at <paramref name="p"/>.</summary>
    public static bool Literal(ReadOnlySpan<byte> b, ref int p, ReadOnlySpan<byte> literal)
    {
        if (!b[p..].StartsWith(literal))
        {
            return false;
        }

        p += literal.Length;
        return true;
    }

    /// <summary>
    /// A JSON number. Up to 15 significant digits and 22 decimals with no exponent it is the integer of its digits
    /// divided by a power of ten: both are exact doubles, so the division rounds once, to the same double as a full
    /// decimal parse. The rest goes through <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out double)"/>.
    /// </summary>
    public static bool Number(ReadOnlySpan<byte> b, ref int p, out double value)
    {
        value = 0;
        var start = p;
        var negative = Peek(b, p) == '-';
        if (negative)
        {
            p++;
        }

        ulong mantissa = 0;
        var digits = 0;
        var first = Peek(b, p);
        if (first == '0')
        {
            p++;
        }
        else if (!Digits(b, ref p, ref mantissa, ref digits))
        {
            return false;
        }

        var scale = 0;
        if (Peek(b, p) == '.')
        {
            p++;
            var before = digits;
            if (!Digits(b, ref p, ref mantissa, ref digits))
            {
                return false;
            }

            scale = digits - before;
        }

        var exponent = Peek(b, p) is 'e' or 'E';
        if (exponent)
        {
            p++;
            if (Peek(b, p) is '+' or '-')
            {
                p++;
            }

            var ignored = 0UL;
            var count = 0;
            if (!Digits(b, ref p, ref ignored, ref count))
            {
                return false;
            }
        }

        if (!exponent && digits <= 15 && scale < Pow10.Length)
        {
            value = mantissa / Pow10[scale];
            value = negative ? -value : value;
        }
        else if (!double.TryParse(b[start..p], NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> b, ref int p, ref ulong mantissa, ref int digits)
    {
        var start = p;
        while (p < b.Length && (uint)(b[p] - '0') <= 9)
        {
            mantissa = unchecked((mantissa * 10) + (uint)(b[p] - '0'));
            p++;
        }

        digits += p - start;
        return p > start;
    }

    /// <summary>The next byte that is not JSON whitespace, consumed; -1 at the end.</summary>
    public static int Next(ReadOnlySpan<byte> b, ref int p)
    {
        while (p < b.Length)
        {
            var c = b[p++];
            if (c is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            {
                return c;
            }
        }

        return -1;
    }

    public static void SkipWhitespace(ReadOnlySpan<byte> b, ref int p)
    {
        while (p < b.Length && b[p] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            p++;
        }
    }

    public static int Peek(ReadOnlySpan<byte> b, int p) => p < b.Length ? b[p] : -1;
}
