namespace WarRoom.Web.Components.Shared;

/// <summary>One option of a drop-down: what people read and the wire value behind it.</summary>
public sealed record Choice(string Text, string Value);
