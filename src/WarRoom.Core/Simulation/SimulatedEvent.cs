namespace WarRoom.Core.Simulation;

/// <summary>
/// An event the traffic generator made up: unit and KPI are indexes into the org tree and catalogue, tags packed
/// as <see cref="Dimensions.EventTags"/>.
/// </summary>
public readonly record struct SimulatedEvent(DateTimeOffset Time, int Unit, int Kpi, double Value, ulong Tags = 0);
