package dev.joinery.bench.stream;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * Tab-separated rows made up as they are read, for {@code LOAD DATA} and {@code COPY}: row
 * {@code n} (1-based) is {@code row.apply(n)}, without its line end. Millions of rows pass through
 * a few kilobytes, so loading never competes with the memory being measured.
 */
final class GeneratedRows extends InputStream {
  private static final int ROWS_PER_BLOCK = 512;

  private final long count;
  private final LongFunction<String> row;
  private long next = 1;
  private byte[] block = new byte[0];
  private int position;

  GeneratedRows(long count, LongFunction<String> row) {
    this.count = count;
    this.row = row;
  }

  @Override
  public int read() {
    if (!fill()) {
      return -1;
    }
    return block[position++] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(length, block.length - position);
    System.arraycopy(block, position, into, offset, n);
    position += n;
    return n;
  }

  /** Makes the next block of rows when the current one is used up; false at the end. */
  private boolean fill() {
    if (position < block.length) {
      return true;
    }
    if (next > count) {
      return false;
    }
    StringBuilder text = new StringBuilder(ROWS_PER_BLOCK * 64);
    for (int i = 0; i < ROWS_PER_BLOCK && next <= count; i++) {
      text.append(row.apply(next++)).append('\n');
    }
    block = text.toString().getBytes(StandardCharsets.UTF_8);
    position = 0;
    return true;
  }
}
