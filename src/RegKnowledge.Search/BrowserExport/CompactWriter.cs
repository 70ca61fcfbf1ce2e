namespace RegKnowledge.Search.BrowserExport;

/// <summary>An append-only byte buffer with the two encodings the browser format uses: unsigned LEB128 varints and raw bytes.</summary>
internal sealed class CompactWriter
{
    private byte[] buffer = new byte[1024];

    /// <summary>Bytes written so far.</summary>
    public int Length { get; private set; }

    /// <summary>Appends <paramref name="value"/> as an unsigned varint: 7 bits per byte, low bits first, high bit = more.</summary>
    public void VarInt(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        while (value >= 0x80)
        {
            Byte((byte)(value | 0x80));
            value >>= 7;
        }

        Byte((byte)value);
    }

    /// <summary>Appends one byte.</summary>
    public void Byte(byte value)
    {
        Ensure(1);
        buffer[Length++] = value;
    }

    /// <summary>Appends raw bytes.</summary>
    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>A copy of the bytes written.</summary>
    public byte[] ToArray() => buffer.AsSpan(0, Length).ToArray();

    private void Ensure(int more)
    {
        if (Length + more > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, Length + more));
        }
    }
}
