using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using EcsConsole.Aws.Ssm.DataChannel;

namespace EcsConsole.Aws.Tests.Ssm;

public sealed class DataChannelMessageCodecTests
{
    private static readonly Guid Id = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");

    private static DataChannelMessage Sample(string payload = "echo $((6*7))\r") => new()
    {
        MessageType = DataChannelMessageTypes.InputStreamData,
        SchemaVersion = 1,
        CreatedDate = 1_765_000_000_123,
        SequenceNumber = 42,
        Flags = 1,
        MessageId = Id,
        PayloadType = DataChannelPayloadType.Output,
        Payload = Encoding.UTF8.GetBytes(payload),
    };

    [Fact]
    public void Encode_ThenDecode_GivesTheSameMessage()
    {
        var decoded = DataChannelMessageCodec.Decode(DataChannelMessageCodec.Encode(Sample()));

        Assert.Equal(Sample() with { Payload = default }, decoded with { Payload = default });
        Assert.Equal("echo $((6*7))\r", Encoding.UTF8.GetString(decoded.Payload.Span));
    }

    [Fact]
    public void Encode_Sample_LaysOutTheFieldsAtThePluginsOffsets()
    {
        var frame = DataChannelMessageCodec.Encode(Sample("hi"));

        Assert.Equal(116 + 4 + 2, frame.Length);
        Assert.Equal(116u, BinaryPrimitives.ReadUInt32BigEndian(frame));
        Assert.Equal("input_stream_data" + new string(' ', 32 - 17), Encoding.UTF8.GetString(frame, 4, 32));
        Assert.Equal(1u, BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(36)));
        Assert.Equal(1_765_000_000_123ul, BinaryPrimitives.ReadUInt64BigEndian(frame.AsSpan(40)));
        Assert.Equal(42L, BinaryPrimitives.ReadInt64BigEndian(frame.AsSpan(48)));
        Assert.Equal(1ul, BinaryPrimitives.ReadUInt64BigEndian(frame.AsSpan(56)));
        // The UUID's low half comes first, then its high half.
        Assert.Equal(Convert.FromHexString("8899aabbccddeeff0011223344556677"), frame[64..80]);
        Assert.Equal(SHA256.HashData("hi"u8), frame[80..112]);
        Assert.Equal(1u, BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(112)));
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(116)));
        Assert.Equal("hi"u8.ToArray(), frame[120..]);
    }

    [Fact]
    public void Decode_PayloadChangedInTransit_ThrowsDigestMismatch()
    {
        var frame = DataChannelMessageCodec.Encode(Sample());
        frame[^1] ^= 0xff;

        var error = Assert.Throws<DataChannelProtocolException>(() => DataChannelMessageCodec.Decode(frame));
        Assert.Contains("SHA-256", error.Message);
    }

    [Fact]
    public void Decode_ShortFrame_SaysHowLongAFrameIs()
    {
        var error = Assert.Throws<DataChannelProtocolException>(() => DataChannelMessageCodec.Decode(new byte[50]));

        Assert.Contains("120", error.Message);
    }

    [Fact]
    public void Decode_PayloadLengthDisagreesWithFrame_Throws()
    {
        var frame = DataChannelMessageCodec.Encode(Sample());
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(116), 3);

        Assert.Throws<DataChannelProtocolException>(() => DataChannelMessageCodec.Decode(frame));
    }

    [Fact]
    public void Decode_EmptyPayloadWithZeroDigest_IsAccepted()
    {
        var frame = DataChannelMessageCodec.Encode(new DataChannelMessage { MessageType = DataChannelMessageTypes.StartPublication, CreatedDate = 1, MessageId = Id });
        frame.AsSpan(80, 32).Clear();

        Assert.Equal(DataChannelMessageTypes.StartPublication, DataChannelMessageCodec.Decode(frame).MessageType);
    }

    [Fact]
    public void Encode_MessageTypeLongerThan32Bytes_Throws()
    {
        Assert.Throws<ArgumentException>(() => DataChannelMessageCodec.Encode(Sample() with { MessageType = new string('x', 33) }));
    }
}
