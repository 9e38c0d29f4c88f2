using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace EcsConsole.Sandbox.Exec;

/// <summary>
/// The sandbox agent's reading and writing of Session Manager data channel frames. Header (big-endian): length 4 (116),
/// message type 32 (space padded), schema version 4, created date 8, sequence number 8, flags 8, message id 16 (UUID low
/// half, then high half), SHA-256 payload digest 32, payload type 4, payload length 4; then the payload.
/// </summary>
internal sealed record AgentFrame(string MessageType, long SequenceNumber, ulong Flags, Guid MessageId, uint PayloadType, byte[] Payload)
{
    public const uint OutputPayload = 1;
    public const uint SizePayload = 3;
    public const uint HandshakeRequestPayload = 5;
    public const uint HandshakeResponsePayload = 6;
    public const uint HandshakeCompletePayload = 7;
    public const uint FlagPayload = 10;
    public const uint TerminateSessionFlag = 2;

    private const int Header = 116;

    public byte[] ToBytes(DateTimeOffset now)
    {
        var bytes = new byte[Header + 4 + Payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(0, 4), Header);
        var type = Encoding.UTF8.GetBytes(MessageType.PadRight(32));
        if (type.Length != 32)
        {
            throw new InvalidOperationException($"Message type '{MessageType}' does not fit 32 bytes.");
        }

        type.CopyTo(bytes, 4);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(36, 4), 1);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(40, 8), now.ToUnixTimeMilliseconds());
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(48, 8), SequenceNumber);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(56, 8), Flags);
        var id = MessageId.ToByteArray(bigEndian: true);
        Array.Copy(id, 8, bytes, 64, 8);
        Array.Copy(id, 0, bytes, 72, 8);
        SHA256.HashData(Payload).CopyTo(bytes, 80);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(112, 4), PayloadType);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(116, 4), (uint)Payload.Length);
        Payload.CopyTo(bytes, Header + 4);
        return bytes;
    }

    /// <summary>Null for a frame that is too short, inconsistent or whose payload fails its digest (it is not acknowledged).</summary>
    public static AgentFrame? Parse(byte[] bytes)
    {
        if (bytes.Length < Header + 4)
        {
            return null;
        }

        var headerLength = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(0, 4));
        if (headerLength < Header || headerLength + 4 > bytes.Length)
        {
            return null;
        }

        var payload = bytes[(headerLength + 4)..];
        if (BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(116, 4)) != payload.Length)
        {
            return null;
        }

        if (payload.Length > 0 && !SHA256.HashData(payload).AsSpan().SequenceEqual(bytes.AsSpan(80, 32)))
        {
            return null;
        }

        var id = new byte[16];
        Array.Copy(bytes, 72, id, 0, 8);
        Array.Copy(bytes, 64, id, 8, 8);
        return new AgentFrame(
            Encoding.UTF8.GetString(bytes, 4, 32).Trim(' ', '\0'),
            BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(48, 8)),
            BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(56, 8)),
            new Guid(id, bigEndian: true),
            BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(112, 4)),
            payload);
    }
}
