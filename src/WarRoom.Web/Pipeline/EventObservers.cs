namespace WarRoom.Web.Pipeline;

/// <summary>
/// The observers of the stored event stream, in the order each is told of a replayed block and of a durable batch.
/// The order is fixed here, by <see cref="PipelineServiceCollectionExtensions.AddWarRoomPipeline"/>, and checked by a
/// test — not left to the order services happen to be registered in: an observer after the aggregates may rely on
/// them holding the batch already (the live feed counts a batch only once rankings can show it).
/// </summary>
public sealed class EventObservers(params IEventObserver[] inOrder)
{
    public IReadOnlyList<IEventObserver> InOrder { get; } = inOrder;
}
