using System.Net;
using EcsConsole.Security.Tests.Support;
using Npgsql;

namespace EcsConsole.Security.Tests;

/// <summary>The store as the running app uses it: data-protection keys shared between instances, and PostgreSQL end to end.</summary>
public sealed class SharedStoreTests
{
    private const string Password = "shared-store-admin-password";

    [Fact]
    public async Task SessionCookie_FromOneInstance_IsAcceptedByAnotherOnTheSameStore()
    {
        var storeDirectory = Directory.CreateTempSubdirectory("ecsconsole-sec-shared-").FullName;
        try
        {
            var cookies = new CookieContainer();
            await using var first = await TestWebApp.StartAsync(storeDirectory: storeDirectory, extraArgs: [$"--Auth:BootstrapAdmin:Password={Password}"]);
            using (var client = first.CreateClient(cookies))
            {
                (await TestWebApp.SignInAsync(client, "admin", Password)).Dispose();
            }

            await using var second = await TestWebApp.StartAsync(storeDirectory: storeDirectory, extraArgs: [$"--Auth:BootstrapAdmin:Password={Password}"]);
            using var other = second.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/audit/export.json");
            request.Headers.Add("Cookie", cookies.GetCookieHeader(first.BaseAddress));

            using var response = await other.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(storeDirectory, recursive: true);
        }
    }

    [RequiresPostgresFact]
    public async Task SignIn_AppOnPostgreSqlStore_MigratesAndKeepsSessionAndAudit()
    {
        var admin = Environment.GetEnvironmentVariable(RequiresPostgresFactAttribute.Variable)!;
        var database = "ecsconsole_web_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE \"{database}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = false }.ConnectionString;
            await using var app = await TestWebApp.StartAsync(extraArgs:
            [
                "--Store:Provider=PostgreSql",
                $"--Store:ConnectionString={connection}",
                $"--Auth:BootstrapAdmin:Password={Password}",
            ]);
            using var client = app.CreateClient();

            using var signIn = await TestWebApp.SignInAsync(client, "admin", Password);
            using var export = await client.GetAsync("/audit/export.csv?operation=Account.SignIn");

            Assert.Equal("/", signIn.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Contains(",admin,Admin,Account.SignIn,", await export.Content.ReadAsStringAsync());
            await using var check = new NpgsqlConnection(connection);
            await check.OpenAsync();
            await using var keys = new NpgsqlCommand("SELECT COUNT(*) FROM \"DataProtectionKeys\"", check);
            Assert.True((long)(await keys.ExecuteScalarAsync())! >= 1);
        }
        finally
        {
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
