namespace WarRoom.Web.Tests.Infrastructure.Cluster;

/// <summary>
/// nginx as the bank's load balancer: round robin over the nodes, WebSockets passed through, a node that refuses
/// connections skipped for ten seconds. The same shape as deploy/nginx.conf, on loopback ports and a temp prefix.
/// </summary>
internal static class NginxConfig
{
    public static string Write(string root, int port, IEnumerable<int> nodes)
    {
        var path = Path.Combine(root, "nginx.conf");
        var servers = string.Join("\n", nodes.Select(p => $"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;"));
        File.WriteAllText(path, $$"""
            daemon off;
            worker_processes 1;
            worker_rlimit_nofile 20000;
            pid {{root}}/nginx.pid;
            error_log {{root}}/nginx-error.log warn;
            events { worker_connections 16000; }
            http {
              access_log off;
              client_body_temp_path {{root}}/client_body;
              proxy_temp_path {{root}}/proxy;
              fastcgi_temp_path {{root}}/fastcgi;
              uwsgi_temp_path {{root}}/uwsgi;
              scgi_temp_path {{root}}/scgi;
              client_max_body_size 16m;

              # Bodies stay in memory: run as root, nginx's workers are "nobody" and may not write in the test's temp folder.
              client_body_buffer_size 16m;
              map $http_upgrade $connection_upgrade { default upgrade; '' close; }
              upstream warroom {
            {{servers}}
              }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://warroom;
                  proxy_http_version 1.1;
                  proxy_set_header Upgrade $http_upgrade;
                  proxy_set_header Connection $connection_upgrade;
                  proxy_set_header Host $host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_connect_timeout 1s;
                  proxy_read_timeout 1h;
                  proxy_buffering off;
                  proxy_request_buffering off;
                }
              }
            }
            """);
        return path;
    }
}
