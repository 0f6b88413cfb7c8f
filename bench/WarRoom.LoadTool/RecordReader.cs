using System.Text;

namespace WarRoom.LoadTool;

/// <summary>
/// Splits a screen's incoming bytes into SignalR JSON records (each ends with 0x1e) and tells them apart by their
/// first bytes alone: the JSON hub protocol writes <c>type</c>, then <c>invocationId</c> or <c>target</c>, first, and a
/// deal's <c>id</c> is its first property. Only a record's head (256 bytes) is kept, so a 12 KB board update costs a
/// count, not a copy or a parse.
/// </summary>
internal sealed class RecordReader(Action<ReadOnlySpan<byte>, long> onDeal)
{
    private static ReadOnlySpan<byte> BoardUpdated => "{\"type\":1,\"target\":\"boardUpdated\""u8;
    private static ReadOnlySpan<byte> DealAnnounced => "{\"type\":1,\"target\":\"dealAnnounced\",\"arguments\":[{\"id\":\""u8;
    private static ReadOnlySpan<byte> PingRecord => "{\"type\":6}"u8;
    private static ReadOnlySpan<byte> SubscribeReply => "{\"type\":3,\"invocationId\":\"1\","u8;

    private readonly byte[] head = new byte[256];
    private int headLength;
    private long recordLength;

    /// <summary>Completed when the server answers the Subscribe call (invocation 1); faulted on an error reply.</summary>
    public TaskCompletionSource Subscribed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long BoardMessages { get; private set; }

    public long BoardBytes { get; private set; }

    /// <summary>Takes one read's bytes, received at <paramref name="now"/>; returns whether the server pinged.</summary>
    public bool Feed(ReadOnlySpan<byte> bytes, long now)
    {
        var pinged = false;
        while (!bytes.IsEmpty)
        {
            var end = bytes.IndexOf((byte)0x1e);
            var part = end < 0 ? bytes : bytes[..end];
            var room = Math.Min(part.Length, head.Length - headLength);
            part[..room].CopyTo(head.AsSpan(headLength));
            headLength += room;
            recordLength += part.Length;
            if (end < 0)
            {
                break;
            }

            pinged |= Dispatch(head.AsSpan(0, headLength), recordLength, now);
            (headLength, recordLength) = (0, 0);
            bytes = bytes[(end + 1)..];
        }

        return pinged;
    }

    private bool Dispatch(ReadOnlySpan<byte> record, long length, long now)
    {
        if (record.StartsWith(BoardUpdated))
        {
            BoardMessages++;
            BoardBytes += length;
        }
        else if (record.StartsWith(DealAnnounced))
        {
            var id = record[DealAnnounced.Length..];
            var quote = id.IndexOf((byte)'"');
            if (quote > 0)
            {
                onDeal(id[..quote], now);
            }
        }
        else if (record.SequenceEqual(PingRecord))
        {
            return true;
        }
        else if (record.StartsWith(SubscribeReply))
        {
            if (record[SubscribeReply.Length..].StartsWith("\"error\""u8))
            {
                Subscribed.TrySetException(new InvalidOperationException("Subscribe failed: " + Encoding.UTF8.GetString(record)));
            }
            else
            {
                Subscribed.TrySetResult();
            }
        }
        else if (record.StartsWith("{\"error\""u8))
        {
            Subscribed.TrySetException(new InvalidOperationException("handshake failed: " + Encoding.UTF8.GetString(record)));
        }

        return false;
    }
}
