# WarRoom web host. Build context: the repository root.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
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
    WarRoom__Dashboards=/app/dashboards
EXPOSE 5080
ENTRYPOINT ["dotnet", "WarRoom.Web.dll"]
