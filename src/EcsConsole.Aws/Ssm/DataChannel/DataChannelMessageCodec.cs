using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace EcsConsole.Aws.Ssm.DataChannel;

/// <summary>
/// The binary framing of a data channel message, big-endian throughout:
/// header length (4, the offset of the payload length field: 116), message type (32, UTF-8 padded with spaces),
/// schema version (4), created date (8, epoch ms), sequence number (8), flags (8), message id (16: the UUID's low 8
/// bytes first, then its high 8), payload digest (32, SHA-256 of the payload), payload type (4), payload length (4),
/// payload. A reader takes the payload from header length + 4, so a longer header from a newer sender still reads.
/// </summary>
public static class DataChannelMessageCodec
{
    public const int MessageTypeLength = 32;
    public const int HeaderLength = 116;
    private const int MessageTypeOffset = 4;
    private const int SchemaVersionOffset = MessageTypeOffset + MessageTypeLength;
    private const int CreatedDateOffset = SchemaVersionOffset + 4;
    private const int SequenceNumberOffset = CreatedDateOffset + 8;
    private const int FlagsOffset = SequenceNumberOffset + 8;
    private const int MessageIdOffset = FlagsOffset + 8;
    private const int PayloadDigestOffset = MessageIdOffset + 16;
    private const int PayloadTypeOffset = PayloadDigestOffset + 32;
    private const int PayloadLengthOffset = PayloadTypeOffset + 4;

    public static byte[] Encode(DataChannelMessage message)
    {
        var type = Encoding.UTF8.GetBytes(message.MessageType);
        if (type.Length == 0 || type.Length > MessageTypeLength)
        {
            throw new ArgumentException($"A message type is 1 to {MessageTypeLength} UTF-8 bytes; '{message.MessageType}' is {type.Length}.", nameof(message));
        }

        var payload = message.Payload.Span;
        var frame = new byte[HeaderLength + 4 + payload.Length];
        var span = frame.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, HeaderLength);
        span.Slice(MessageTypeOffset, MessageTypeLength).Fill((byte)' ');
        type.CopyTo(span[MessageTypeOffset..]);
        BinaryPrimitives.WriteUInt32BigEndian(span[SchemaVersionOffset..], message.SchemaVersion);
        BinaryPrimitives.WriteUInt64BigEndian(span[CreatedDateOffset..], message.CreatedDate);
        BinaryPrimitives.WriteInt64BigEndian(span[SequenceNumberOffset..], message.SequenceNumber);
        BinaryPrimitives.WriteUInt64BigEndian(span[FlagsOffset..], message.Flags);
        WriteMessageId(span.Slice(MessageIdOffset, 16), message.MessageId);
        SHA256.HashData(payload, span.Slice(PayloadDigestOffset, 32));
        BinaryPrimitives.WriteUInt32BigEndian(span[PayloadTypeOffset..], (uint)message.PayloadType);
        BinaryPrimitives.WriteUInt32BigEndian(span[PayloadLengthOffset..], (uint)payload.Length);
        payload.CopyTo(span[(HeaderLength + 4)..]);
        return frame;
    }

    /// <summary>Reads one frame; throws <see cref="DataChannelProtocolException"/> when it is short, its lengths disagree or its digest does not match.</summary>
    public static DataChannelMessage Decode(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < HeaderLength + 4)
        {
            throw new DataChannelProtocolException($"A data channel frame has at least {HeaderLength + 4} bytes; this one has {frame.Length}.");
        }

        var headerLength = BinaryPrimitives.ReadUInt32BigEndian(frame);
        if (headerLength < HeaderLength || headerLength + 4 > frame.Length)
        {
            throw new DataChannelProtocolException($"Header length {headerLength} does not fit a frame of {frame.Length} bytes.");
        }

        var payloadLength = BinaryPrimitives.ReadUInt32BigEndian(frame[PayloadLengthOffset..]);
        var payload = frame[(int)(headerLength + 4)..];
        if (payload.Length != payloadLength)
        {
            throw new DataChannelProtocolException($"The payload length field says {payloadLength} bytes; the frame carries {payload.Length}.");
        }

        var digest = frame.Slice(PayloadDigestOffset, 32);
        var type = Encoding.UTF8.GetString(frame.Slice(MessageTypeOffset, MessageTypeLength)).Trim('\0', ' ');
        // Like the plugin, only a non-empty payload is held to its digest (start/pause publication carry none).
        if (payloadLength != 0 && !SHA256.HashData(payload).AsSpan().SequenceEqual(digest))
        {
            throw new DataChannelProtocolException($"The payload of a {type} message does not match its SHA-256 digest.");
        }

        return new DataChannelMessage
        {
            MessageType = type,
            SchemaVersion = BinaryPrimitives.ReadUInt32BigEndian(frame[SchemaVersionOffset..]),
            CreatedDate = BinaryPrimitives.ReadUInt64BigEndian(frame[CreatedDateOffset..]),
            SequenceNumber = BinaryPrimitives.ReadInt64BigEndian(frame[SequenceNumberOffset..]),
            Flags = BinaryPrimitives.ReadUInt64BigEndian(frame[FlagsOffset..]),
            MessageId = ReadMessageId(frame.Slice(MessageIdOffset, 16)),
            PayloadType = (DataChannelPayloadType)BinaryPrimitives.ReadUInt32BigEndian(frame[PayloadTypeOffset..]),
            Payload = payload.ToArray(),
        };
    }

    private static void WriteMessageId(Span<byte> target, Guid id)
    {
        Span<byte> rfc = stackalloc byte[16];
        id.TryWriteBytes(rfc, bigEndian: true, out _);
        rfc[8..].CopyTo(target);
        rfc[..8].CopyTo(target[8..]);
    }

    private static Guid ReadMessageId(ReadOnlySpan<byte> source)
    {
        Span<byte> rfc = stackalloc byte[16];
        source[8..].CopyTo(rfc);
        source[..8].CopyTo(rfc[8..]);
        return new Guid(rfc, bigEndian: true);
    }
}
