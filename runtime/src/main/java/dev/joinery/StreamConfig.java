package dev.joinery;

import org.jdbi.v3.core.config.JdbiConfig;

/**
 * How streaming reads ({@code stream(query)}, {@code forEach(query, action)} of a generated DAO)
 * walk their rows: how many roots make one chunk. Each chunk's to-many includes are loaded by
 * one {@code IN (…)} statement per level, and the cursor over the roots fetches that many rows
 * per round trip, so the chunk size trades statements against memory: the records of one chunk,
 * with their included rows, are what a stream holds at a time. Set it on a {@code Jdbi}, a
 * handle or anything else Jdbi configures:
 *
 * <pre>{@code
 * jdbi.getConfig(StreamConfig.class).setChunkSize(5_000);
 * }</pre>
 */
public final class StreamConfig implements JdbiConfig<StreamConfig> {
  /** Roots per chunk unless set: 1,000 keeps {@code IN} lists short and a chunk small. */
  public static final int DEFAULT_CHUNK_SIZE = 1_000;

  private int chunkSize = DEFAULT_CHUNK_SIZE;

  public StreamConfig() {}

  private StreamConfig(StreamConfig other) {
    this.chunkSize = other.chunkSize;
  }

  /** Roots per chunk. */
  public int chunkSize() {
    return chunkSize;
  }

  /** Sets the roots per chunk; at least 1. */
  public StreamConfig setChunkSize(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("chunk size must be at least 1, was " + rows);
    }
    this.chunkSize = rows;
    return this;
  }

  @Override
  public StreamConfig createCopy() {
    return new StreamConfig(this);
  }
}
