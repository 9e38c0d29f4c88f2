using System.Text;

namespace EcsConsole.Testing;

/// <summary>
/// Produces a string that a model pattern (a simple regex) accepts: each quantified atom repeated its minimum
/// number of times (at least <paramref name="repeat"/> for open-ended ones), the first alternative of each group,
/// the first allowed character of each class. Enough for the ARN-, id- and version-like patterns of AWS models;
/// callers verify the result and fall back when it does not match.
/// </summary>
internal sealed class PatternSampleGenerator(string pattern, int repeat)
{
    private int _position;

    public static string? TryGenerate(string pattern, int repeat)
    {
        try
        {
            return new PatternSampleGenerator(pattern, repeat).Sequence();
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Sequence()
    {
        var result = new StringBuilder();
        string? chosen = null;
        while (_position < pattern.Length && pattern[_position] != ')')
        {
            if (pattern[_position] == '|')
            {
                // Keep the first alternative that produced something; skip the rest.
                chosen ??= result.ToString();
                _position++;
                result.Clear();
                continue;
            }

            var atom = Atom();
            var (min, max) = Quantifier();
            var count = max == int.MaxValue ? Math.Max(min, min == 0 ? 0 : repeat) : min;
            for (var i = 0; i < count; i++)
            {
                result.Append(atom);
            }
        }

        var last = result.ToString();
        return chosen is null ? last : (chosen.Length > 0 ? chosen : last);
    }

    private string Atom()
    {
        var c = Next();
        switch (c)
        {
            case '^' or '$':
                return "";
            case '.':
                return "a";
            case '(':
                if (_position + 1 < pattern.Length && pattern[_position] == '?' && pattern[_position + 1] == ':')
                {
                    _position += 2;
                }

                var inner = Sequence();
                Expect(')');
                return inner;
            case '[':
                return ClassSample();
            case '\\':
                return Escape();
            default:
                return c.ToString();
        }
    }

    private string Escape()
    {
        var c = Next();
        switch (c)
        {
            case 'd':
                return "1";
            case 'w':
                return "a";
            case 's':
                return " ";
            case 'p' or 'P':
                if (_position < pattern.Length && pattern[_position] == '{')
                {
                    _position = SkipPast('}');
                }

                return c == 'p' ? "a" : "!";
            case 'S' or 'W' or 'D':
                return c == 'D' ? "a" : "!";
            default:
                return c.ToString();
        }
    }

    private string ClassSample()
    {
        var negated = _position < pattern.Length && pattern[_position] == '^';
        if (negated)
        {
            _position++;
        }

        var allowed = new List<(char Low, char High)>();
        var first = true;
        while (_position < pattern.Length && (pattern[_position] != ']' || first))
        {
            first = false;
            var low = ClassChar();
            if (_position + 1 < pattern.Length && pattern[_position] == '-' && pattern[_position + 1] != ']')
            {
                _position++;
                allowed.Add((low, ClassChar()));
            }
            else
            {
                allowed.Add((low, low));
            }
        }

        Expect(']');
        if (!negated)
        {
            return allowed.Count == 0 ? "a" : allowed[0].Low.ToString();
        }

        foreach (var candidate in "aA1_-")
        {
            if (!allowed.Any(r => candidate >= r.Low && candidate <= r.High))
            {
                return candidate.ToString();
            }
        }

        throw new FormatException("No sample character for a negated class.");
    }

    private char ClassChar()
    {
        var c = Next();
        if (c != '\\')
        {
            return c;
        }

        var escaped = Next();
        switch (escaped)
        {
            case 'd':
                return '1';
            case 'w' or 'p' or 'P':
                if (escaped is 'p' or 'P' && _position < pattern.Length && pattern[_position] == '{')
                {
                    _position = SkipPast('}');
                }

                return 'a';
            case 's':
                return ' ';
            default:
                return escaped;
        }
    }

    private (int Min, int Max) Quantifier()
    {
        if (_position >= pattern.Length)
        {
            return (1, 1);
        }

        var marker = pattern[_position];
        if (marker is not ('?' or '*' or '+' or '{'))
        {
            return (1, 1);
        }

        _position++;
        var (min, max) = marker switch
        {
            '?' => (0, 1),
            '*' => (0, int.MaxValue),
            '+' => (1, int.MaxValue),
            _ => Braces(),
        };

        // Lazy and possessive markers do not change what matches.
        if (_position < pattern.Length && pattern[_position] is '?' or '+')
        {
            _position++;
        }

        return (min, max);
    }

    private (int, int) Braces()
    {
        var close = pattern.IndexOf('}', _position);
        if (close < 0)
        {
            throw new FormatException("Unclosed quantifier.");
        }

        var parts = pattern[_position..close].Split(',');
        _position = close + 1;
        var min = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var max = parts.Length == 1 ? min : parts[1].Length == 0 ? int.MaxValue : int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        return (min, max);
    }

    private int SkipPast(char c)
    {
        var index = pattern.IndexOf(c, _position);
        return index >= 0 ? index + 1 : throw new FormatException($"Missing '{c}'.");
    }

    private char Next() =>
        _position < pattern.Length ? pattern[_position++] : throw new FormatException("The pattern ends early.");

    private void Expect(char c)
    {
        if (_position >= pattern.Length || pattern[_position] != c)
        {
            throw new FormatException($"Expected '{c}' at {_position}.");
        }

        _position++;
    }
}
