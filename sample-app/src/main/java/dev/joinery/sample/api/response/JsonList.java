package dev.joinery.sample.api.response;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Writes a list response as a JSON array while its rows stream from the database, so a list of a
 * million rows costs the server one chunk of rows, not the whole list. The first row is read
 * before anything is written: a query that fails, fails before the response starts, and still
 * gets its error answer. A failure after that can only cut the response short.
 */
public final class JsonList {
  private final ObjectMapper mapper;
  /** Each row is written into the open array; flushing after each would send tiny packets. */
  private final ObjectWriter rows;

  public JsonList(ObjectMapper mapper) {
    this.mapper = mapper;
    this.rows = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }

  /** Answers {@code ctx} with {@code stream}'s rows as a JSON array, as they come. */
  public void write(Context ctx, Stream<?> stream) {
    Iterator<?> iterator = stream.iterator();
    // Asked before anything is written: it runs the query while an error can still be answered.
    boolean more = iterator.hasNext();
    ctx.contentType(ContentType.APPLICATION_JSON);
    try (JsonGenerator out = mapper.getFactory().createGenerator(ctx.outputStream())) {
      // The servlet's stream is Javalin's to close.
      out.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      out.writeStartArray();
      while (more) {
        rows.writeValue(out, iterator.next());
        more = iterator.hasNext();
      }
      out.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the list failed: " + e.getMessage(), e);
    }
  }
}
