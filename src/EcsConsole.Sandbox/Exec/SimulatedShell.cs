using System.Globalization;
using System.Text;

namespace EcsConsole.Sandbox.Exec;

/// <summary>
/// A small shell per container for ECS Exec sessions on the sandbox: a prompt with the container's name, line editing
/// (backspace, Ctrl-C, Ctrl-D), and echo (with <c>$((…))</c> arithmetic and <c>$VAR</c>), env/printenv (the task
/// definition's environment), hostname, pwd, cd, ls, cat of a few files, whoami, uname, clear and exit.
/// </summary>
internal sealed class SimulatedShell
{
    private readonly ExecShellContext _context;
    private readonly Dictionary<string, string> _environment;
    private readonly Dictionary<string, string[]> _directories;
    private readonly Dictionary<string, string> _files;
    private readonly StringBuilder _line = new();
    private string _cwd = "/app";
    private int _escape;

    public SimulatedShell(ExecShellContext context)
    {
        _context = context;
        _environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            ["HOSTNAME"] = context.Hostname,
            ["HOME"] = "/root",
            ["AWS_EXECUTION_ENV"] = "AWS_ECS_EC2",
            ["ECS_CONTAINER_METADATA_URI_V4"] = $"http://169.254.170.2/v4/{context.TaskId}-{context.ContainerName}",
        };
        foreach (var (name, value) in context.Environment)
        {
            _environment[name] = value;
        }

        _directories = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["/"] = ["app", "bin", "etc", "home", "proc", "root", "tmp", "usr", "var"],
            ["/app"] = ["README.md", "config.json", "server"],
            ["/etc"] = ["hostname", "hosts", "os-release", "resolv.conf"],
            ["/bin"] = ["cat", "echo", "hostname", "ls", "sh"],
            ["/home"] = [], ["/proc"] = [], ["/root"] = [], ["/tmp"] = [], ["/usr"] = [], ["/var"] = [],
        };
        _files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/etc/hostname"] = context.Hostname + "\n",
            ["/etc/hosts"] = $"127.0.0.1\tlocalhost\n{context.PrivateIp}\t{context.Hostname}\n",
            ["/etc/os-release"] = "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME=\"Alpine Linux v3.20\"\n",
            ["/etc/resolv.conf"] = "nameserver 169.254.169.253\nsearch compute.internal\n",
            ["/app/README.md"] = $"# {context.ContainerName}\nImage {context.Image}, task {context.TaskId} in cluster {context.ClusterName}.\n",
            ["/app/config.json"] = $"{{\"service\":\"{context.ContainerName}\",\"port\":8080}}\n",
            ["/app/server"] = "\u007fELF (binary)\n",
        };
    }

    public bool Exited { get; private set; }

    public int Columns { get; set; } = 80;

    public int Rows { get; set; } = 24;

    public string Prompt => $"root@{_context.ContainerName}:{_cwd}# ";

    /// <summary>What the terminal shows for <paramref name="input"/> (echo, command output, the next prompt).</summary>
    public string Type(string input)
    {
        var output = new StringBuilder();
        foreach (var ch in input)
        {
            if (Exited)
            {
                break;
            }

            if (_escape > 0)
            {
                // Skip an escape sequence (arrow keys and the like): ESC, '[', parameters, then a final letter.
                _escape = _escape == 1 && ch == '[' ? 2 : char.IsAsciiLetter(ch) || ch == '~' || _escape == 1 ? 0 : 2;
                continue;
            }

            switch (ch)
            {
                case '\u001b':
                    _escape = 1;
                    break;
                case '\r' or '\n':
                    output.Append("\r\n");
                    var line = _line.ToString();
                    _line.Clear();
                    output.Append(Run(line).Replace("\n", "\r\n", StringComparison.Ordinal));
                    if (!Exited)
                    {
                        output.Append(Prompt);
                    }

                    break;
                case '\u007f' or '\b':
                    if (_line.Length > 0)
                    {
                        _line.Length--;
                        output.Append("\b \b");
                    }

                    break;
                case '\u0003':
                    _line.Clear();
                    output.Append("^C\r\n").Append(Prompt);
                    break;
                case '\u0004':
                    if (_line.Length == 0)
                    {
                        output.Append("exit\r\n");
                        Exited = true;
                    }

                    break;
                default:
                    if (!char.IsControl(ch))
                    {
                        _line.Append(ch);
                        output.Append(ch);
                    }

                    break;
            }
        }

        return output.ToString();
    }

    /// <summary>Runs one command line; returns its output with "\n" line ends.</summary>
    public string Run(string line)
    {
        List<string> words;
        try
        {
            words = Words(line);
        }
        catch (FormatException e)
        {
            return $"sh: {e.Message}\n";
        }

        if (words.Count == 0)
        {
            return "";
        }

        var arguments = words.Skip(1).ToList();
        return words[0] switch
        {
            "echo" => string.Join(' ', arguments) + "\n",
            "env" or "printenv" when arguments.Count == 0 => string.Concat(_environment.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}\n")),
            "printenv" => string.Concat(arguments.Where(_environment.ContainsKey).Select(a => _environment[a] + "\n")),
            "hostname" => _context.Hostname + "\n",
            "pwd" => _cwd + "\n",
            "whoami" => "root\n",
            "uname" => arguments.Contains("-a") ? $"Linux {_context.Hostname} 6.1.0-amzn2023 #1 SMP x86_64 Linux\n" : "Linux\n",
            "cd" => ChangeDirectory(arguments.FirstOrDefault() ?? "/root"),
            "ls" => List(arguments),
            "cat" => Cat(arguments),
            "clear" => "\u001b[H\u001b[2J",
            "true" or ":" => "",
            "exit" => Exit(),
            var command => $"sh: {command}: not found\n",
        };
    }

    private string Exit()
    {
        Exited = true;
        return "";
    }

    private string Resolve(string path)
    {
        var absolute = path.StartsWith('/') ? path : (_cwd == "/" ? "/" : _cwd + "/") + path;
        var parts = new List<string>();
        foreach (var part in absolute.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return "/" + string.Join('/', parts);
    }

    private string ChangeDirectory(string path)
    {
        var target = Resolve(path);
        if (!_directories.ContainsKey(target))
        {
            return $"sh: cd: can't cd to {path}: No such file or directory\n";
        }

        _cwd = target;
        return "";
    }

    private string List(List<string> arguments)
    {
        var paths = arguments.Where(a => !a.StartsWith('-')).DefaultIfEmpty(".").ToList();
        var output = new StringBuilder();
        foreach (var path in paths)
        {
            var target = Resolve(path);
            if (_directories.TryGetValue(target, out var entries))
            {
                if (paths.Count > 1)
                {
                    output.Append(path).Append(":\n");
                }

                output.Append(string.Join("  ", entries)).Append(entries.Length > 0 ? "\n" : "");
            }
            else if (_files.ContainsKey(target))
            {
                output.Append(path).Append('\n');
            }
            else
            {
                output.Append($"ls: {path}: No such file or directory\n");
            }
        }

        return output.ToString();
    }

    private string Cat(List<string> arguments)
    {
        var output = new StringBuilder();
        foreach (var path in arguments)
        {
            var target = Resolve(path);
            output.Append(_files.TryGetValue(target, out var text) ? text
                : _directories.ContainsKey(target) ? $"cat: read error: Is a directory\n"
                : $"cat: can't open '{path}': No such file or directory\n");
        }

        return output.ToString();
    }

    /// <summary>Splits a line into words: quotes group, single quotes keep '$' literal, $((…)), $VAR and ${VAR} expand.</summary>
    private List<string> Words(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quote == '\'' && ch != '\'')
            {
                word.Append(ch);
                continue;
            }

            if (ch is '\'' or '"' && (quote == '\0' || quote == ch))
            {
                quote = quote == ch ? '\0' : ch;
                inWord = true;
                continue;
            }

            if (ch == '$' && i + 1 < line.Length)
            {
                i = Expand(line, i, word);
                inWord = true;
                continue;
            }

            if (char.IsWhiteSpace(ch) && quote == '\0')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            word.Append(ch);
            inWord = true;
        }

        if (quote != '\0')
        {
            throw new FormatException("syntax error: unterminated quoted string");
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    // Expands the $ construct at line[start]; returns the index of its last character.
    private int Expand(string line, int start, StringBuilder word)
    {
        if (line.AsSpan(start).StartsWith("$(("))
        {
            var depth = 0;
            for (var i = start + 1; i < line.Length; i++)
            {
                depth += line[i] switch { '(' => 1, ')' => -1, _ => 0 };
                if (depth == 0)
                {
                    var expression = line[(start + 3)..(i - 1)];
                    if (line[i - 1] != ')')
                    {
                        throw new FormatException("arithmetic syntax error");
                    }

                    word.Append(new Arithmetic(expression, _environment).Evaluate().ToString(CultureInfo.InvariantCulture));
                    return i;
                }
            }

            throw new FormatException("syntax error: missing '))'");
        }

        if (line[start + 1] == '{')
        {
            var close = line.IndexOf('}', start);
            if (close < 0)
            {
                throw new FormatException("syntax error: bad substitution");
            }

            word.Append(_environment.GetValueOrDefault(line[(start + 2)..close], ""));
            return close;
        }

        var end = start + 1;
        while (end < line.Length && (char.IsAsciiLetterOrDigit(line[end]) || line[end] == '_'))
        {
            end++;
        }

        if (end == start + 1)
        {
            word.Append('$');
            return start;
        }

        word.Append(_environment.GetValueOrDefault(line[(start + 1)..end], ""));
        return end - 1;
    }

    /// <summary>Integer arithmetic as in $((…)): + - * / % and parentheses, unary minus, variables (unset is 0).</summary>
    private sealed class Arithmetic(string text, IReadOnlyDictionary<string, string> variables)
    {
        private int _at;

        public long Evaluate()
        {
            var value = Sum();
            Skip();
            return _at == text.Length ? value : throw new FormatException($"arithmetic syntax error: '{text}'");
        }

        private long Sum()
        {
            var value = Product();
            while (Peek() is '+' or '-')
            {
                var op = text[_at++];
                var right = Product();
                value = op == '+' ? value + right : value - right;
            }

            return value;
        }

        private long Product()
        {
            var value = Unary();
            while (Peek() is '*' or '/' or '%')
            {
                var op = text[_at++];
                var right = Unary();
                if (op != '*' && right == 0)
                {
                    throw new FormatException("arithmetic error: division by zero");
                }

                value = op switch { '*' => value * right, '/' => value / right, _ => value % right };
            }

            return value;
        }

        private long Unary()
        {
            if (Peek() == '-')
            {
                _at++;
                return -Unary();
            }

            if (Peek() == '+')
            {
                _at++;
                return Unary();
            }

            if (Peek() == '(')
            {
                _at++;
                var value = Sum();
                if (Peek() != ')')
                {
                    throw new FormatException($"arithmetic syntax error: missing ')' in '{text}'");
                }

                _at++;
                return value;
            }

            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] == '_'))
            {
                _at++;
            }

            var token = text[start.._at];
            if (token.Length == 0)
            {
                throw new FormatException($"arithmetic syntax error: '{text}'");
            }

            if (char.IsAsciiDigit(token[0]))
            {
                return long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : throw new FormatException($"arithmetic syntax error: '{token}'");
            }

            return long.TryParse(variables.GetValueOrDefault(token, "0"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var variable) ? variable : 0;
        }

        private char Peek()
        {
            Skip();
            return _at < text.Length ? text[_at] : '\0';
        }

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }
    }
}
