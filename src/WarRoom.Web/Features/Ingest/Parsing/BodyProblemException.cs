namespace WarRoom.Web.Features.Ingest.Parsing;

/// <summary>A problem with the request body as a whole (400/413): nothing of it is stored.</summary>
public sealed class BodyProblemException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
