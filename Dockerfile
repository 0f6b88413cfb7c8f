# WarRoom web host. Build context: the repository root (.dockerignore keeps bin/, obj/, node_modules/, data/ out).
# Node.js 20 for the build's `npm ci` (browser libraries) comes from the official node image, not the distro's.
FROM node:20-bookworm-slim AS node

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm && node --version && npm --version
WORKDIR /src
COPY . .
RUN dotnet publish src/WarRoom.Web -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# PDF exports embed this CJK TrueType font. PNG exports also need headless Chromium, which this image leaves out
# (they answer 501 with the reason); see docs/snapshots.md.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-zenhei && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY seed-data /app/seed-data
COPY dashboards /app/dashboards
ENV ASPNETCORE_URLS=http://+:5080 \
    WarRoom__SeedData=/app/seed-data \
    WarRoom__Dashboards=/app/dashboards \
    WarRoom__DataDirectory=/app/data \
    WarRoom__Sqlite__Path=/app/data/warroom.db
EXPOSE 5080
# The aspnet image has no curl: the app asks its own /readyz (exit 0 when ready).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=30 CMD ["dotnet", "/app/WarRoom.Web.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "WarRoom.Web.dll"]
