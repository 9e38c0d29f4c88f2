using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Text.Json.Nodes;

namespace EcsConsole.Testing;

/// <summary>
/// Finds the official AWS service models (botocore JSON) the conformance tests check against.
/// The repository never ships them, so tests that need them are skipped with a reason when absent.
/// Service models and test suites (protocol tests, SigV4 suite) are located separately because an
/// installed botocore carries the former but not the latter.
/// </summary>
public static class AwsModelLocator
{
    public const string EnvironmentVariable = "AWS_MODELS_DIR";

    private static readonly Lazy<ModelLocation> Services = new(() =>
        FindServiceModels(Environment.GetEnvironmentVariable(EnvironmentVariable), RepositoryRoot, PythonCandidates()));

    private static readonly Lazy<ModelLocation> Suites = new(() =>
        FindTestSuites(Environment.GetEnvironmentVariable(EnvironmentVariable), RepositoryRoot));

    /// <summary>Folder holding <c>&lt;service&gt;/&lt;version&gt;/service-2.json(.gz)</c>; null when not found.</summary>
    public static string? ServiceModelsDirectory => Services.Value.Directory;

    /// <summary>A sentence saying where service models were looked for, for skip reasons.</summary>
    public static string ServiceModelsWhyMissing => Services.Value.WhyMissing;

    /// <summary>Folder holding <c>protocol-tests/</c> and <c>sigv4-testsuite/</c>; null when not found.</summary>
    public static string? TestSuitesDirectory => Suites.Value.Directory;

    public static string TestSuitesWhyMissing => Suites.Value.WhyMissing;

    /// <summary>Alias of <see cref="ServiceModelsDirectory"/>.</summary>
    public static string? ModelsDirectory => ServiceModelsDirectory;

    /// <summary>Alias of <see cref="ServiceModelsWhyMissing"/>.</summary>
    public static string WhyMissing => ServiceModelsWhyMissing;

    /// <summary>The repository root (folder with EcsConsole.sln), or null.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// Loads the newest version of a service model, e.g. "ecs" or "sts". A service the models folder lacks (../shared/aws-models
    /// holds no ec2 or ssm) is taken from an installed botocore's data folder, per service.
    /// </summary>
    /// <exception cref="InvalidOperationException">The models or that service are not available.</exception>
    public static JsonNode LoadServiceModel(string service)
    {
        var root = ServiceModelsDirectory
            ?? throw new InvalidOperationException($"AWS service models not found: {ServiceModelsWhyMissing}");
        if (FindServiceModelFile(root, service) is null && BotocoreData.Value is { } botocore && FindServiceModelFile(botocore, service) is not null)
        {
            return LoadServiceModel(botocore, service);
        }

        return LoadServiceModel(root, service);
    }

    private static readonly Lazy<string?> BotocoreData = new(() =>
        PythonCandidates().Select(BotocoreDirectory).OfType<string>().Select(d => Path.Combine(d, "data")).FirstOrDefault(Directory.Exists));

    /// <summary>Loads the newest version of a service model from a given models folder.</summary>
    public static JsonNode LoadServiceModel(string root, string service)
    {
        var file = FindServiceModelFile(root, service)
            ?? throw new InvalidOperationException($"No service-2.json for '{service}' under {root}.");
        using var stream = OpenMaybeGzip(file);
        return JsonNode.Parse(stream) ?? throw new InvalidOperationException($"{file} is empty.");
    }

    /// <summary>Path of a file in the test suites folder, e.g. "protocol-tests/input/json.json".</summary>
    public static string TestSuiteFile(string relativePath)
    {
        var root = TestSuitesDirectory
            ?? throw new InvalidOperationException($"AWS test suites not found: {TestSuitesWhyMissing}");
        return Path.Combine(root, relativePath);
    }

    /// <summary>The newest <c>service-2.json(.gz)</c> of a service under <paramref name="root"/>, or null.</summary>
    public static string? FindServiceModelFile(string root, string service)
    {
        var serviceDir = Path.Combine(root, service);
        if (!Directory.Exists(serviceDir))
        {
            return null;
        }

        // Version folders are ISO dates, so ordinal order is chronological.
        return Directory.GetDirectories(serviceDir)
            .OrderByDescending(d => Path.GetFileName(d), StringComparer.Ordinal)
            .SelectMany(d => new[] { Path.Combine(d, "service-2.json"), Path.Combine(d, "service-2.json.gz") })
            .FirstOrDefault(File.Exists);
    }

    private static Stream OpenMaybeGzip(string file)
    {
        Stream stream = File.OpenRead(file);
        return file.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(stream, CompressionMode.Decompress)
            : stream;
    }

    /// <summary>The service model search, with its inputs explicit so it can be tested without the real machine.</summary>
    public static ModelLocation FindServiceModels(string? environmentValue, string? repositoryRoot, IEnumerable<string> pythons)
    {
        var tried = new List<string>();
        foreach (var candidate in ExplicitCandidates(environmentValue, repositoryRoot, tried))
        {
            if (HasServiceModels(candidate))
            {
                return new ModelLocation(candidate, "");
            }

            tried.Add($"{candidate} (no ecs/*/service-2.json)");
        }

        foreach (var python in pythons)
        {
            var botocore = BotocoreDirectory(python);
            if (botocore is null)
            {
                tried.Add($"botocore via {python} (not importable)");
                continue;
            }

            var data = Path.Combine(botocore, "data");
            if (HasServiceModels(data))
            {
                return new ModelLocation(data, "");
            }

            tried.Add($"{data} (no ecs model)");
        }

        return new ModelLocation(null, $"AWS service models not found; set {EnvironmentVariable} or install botocore. Tried: {string.Join("; ", tried)}.");
    }

    /// <summary>The test suite search (protocol tests, SigV4 suite), with its inputs explicit.</summary>
    public static ModelLocation FindTestSuites(string? environmentValue, string? repositoryRoot)
    {
        var tried = new List<string>();
        foreach (var candidate in ExplicitCandidates(environmentValue, repositoryRoot, tried))
        {
            if (Directory.Exists(Path.Combine(candidate, "protocol-tests"))
                && Directory.Exists(Path.Combine(candidate, "sigv4-testsuite")))
            {
                return new ModelLocation(candidate, "");
            }

            tried.Add($"{candidate} (no protocol-tests/ and sigv4-testsuite/)");
        }

        // botocore packages ship service models only, so there is no third place to look.
        return new ModelLocation(null, $"AWS protocol tests and SigV4 suite not found; set {EnvironmentVariable} to a copy of ../shared/aws-models. Tried: {string.Join("; ", tried)}.");
    }

    private static IEnumerable<string> ExplicitCandidates(string? fromEnvironment, string? repositoryRoot, List<string> tried)
    {
        if (string.IsNullOrWhiteSpace(fromEnvironment))
        {
            tried.Add($"{EnvironmentVariable} (not set)");
        }
        else if (Directory.Exists(fromEnvironment))
        {
            yield return Path.GetFullPath(fromEnvironment);
        }
        else
        {
            tried.Add($"{EnvironmentVariable}={fromEnvironment} (no such folder)");
        }

        if (repositoryRoot is null)
        {
            tried.Add("../shared/aws-models (repository root with EcsConsole.sln not found)");
            yield break;
        }

        var shared = Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "aws-models"));
        if (Directory.Exists(shared))
        {
            yield return shared;
        }
        else
        {
            tried.Add($"{shared} (no such folder)");
        }
    }

    private static bool HasServiceModels(string directory) =>
        Directory.Exists(directory) && FindServiceModelFile(directory, "ecs") is not null;

    private static string? FindRepositoryRoot()
    {
        var buildTime = typeof(AwsModelLocator).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "EcsConsole.RepositoryRoot")?.Value;
        var starts = new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), buildTime };
        foreach (var start in starts.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "EcsConsole.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>python3 on PATH, then the interpreter of the AWS CLI (its own venv may hold botocore).</summary>
    public static IEnumerable<string> PythonCandidates()
    {
        yield return "python3";

        // The AWS CLI may live in its own environment (pipx, pyenv); its python sees its botocore.
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var aws = Path.Combine(dir, "aws");
            if (!File.Exists(aws))
            {
                continue;
            }

            var resolved = new FileInfo(aws).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? aws;
            foreach (var name in new[] { "python3", "python" })
            {
                var sibling = Path.Combine(Path.GetDirectoryName(resolved)!, name);
                if (File.Exists(sibling))
                {
                    yield return sibling;
                }
            }

            var shebang = File.ReadLines(resolved).FirstOrDefault() ?? "";
            if (shebang.StartsWith("#!", StringComparison.Ordinal) && shebang.Contains("python", StringComparison.Ordinal))
            {
                yield return shebang[2..].Trim().Split(' ')[0];
            }
        }
    }

    private static string? BotocoreDirectory(string python)
    {
        try
        {
            var start = new ProcessStartInfo(python)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("import botocore,os;print(os.path.dirname(botocore.__file__))");
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            var dir = output.Result.Trim();
            return process.ExitCode == 0 && Directory.Exists(dir) ? dir : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

/// <summary>Where a search found the models (<see cref="Directory"/>), or why it did not.</summary>
public sealed record ModelLocation(string? Directory, string WhyMissing);
