using System.Net.Sockets;
using System.Text;

namespace WarRoom.Web.Tests.Infrastructure.Cluster;

/// <summary>The cluster's redis-server: started with the fixture, and stopped and started again by outage tests.</summary>
public sealed partial class ClusterFixture
{
    /// <summary>
    /// Redis goes away for both nodes. It saves its data as it shuts down and <see cref="StartRedisAsync"/> loads it
    /// again, so the claims, leases and data-protection keys the collection's other tests rely on survive.
    /// </summary>
    public async Task StopRedisAsync()
    {
        using (var client = new TcpClient())
        {
            await client.ConnectAsync("127.0.0.1", redisPort);
            var stream = client.GetStream();
            await stream.WriteAsync("SHUTDOWN SAVE\r\n"u8.ToArray());
            // Redis closes the connection once the dump is written (a reply would be an error).
            var reply = new byte[256];
            int read;
            try
            {
                read = await stream.ReadAsync(reply).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (IOException)
            {
                read = 0; // reset rather than closed: gone all the same
            }

            Assert.True(read == 0, "SHUTDOWN SAVE: " + Encoding.ASCII.GetString(reply, 0, read));
        }

        await redis!.DisposeAsync();
        redis = null;
    }

    /// <summary>Redis on its port with the data of its last <see cref="StopRedisAsync"/>; nothing when it runs.</summary>
    public async Task StartRedisAsync() => redis ??= await ChildProcess.StartAsync(ClusterInfra.Require(ClusterInfra.Redis, "redis-server"),
        ["--port", redisPort.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", root], redisPort);
}
