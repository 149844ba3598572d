package dev.joinery.it.takeover;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sequelize's {@code findAll(…).map(r => r.toJSON())} and Joinery's {@code findAllAsMaps} brought
 * to one comparable form, normalising only what JSON cannot say alike:
 * <ul>
 *   <li>timestamps: Sequelize writes ISO text of a JavaScript {@code Date}, which holds
 *       milliseconds ({@code 2026-12-02T17:43:59.000Z}); both sides become an {@link Instant}
 *       truncated to milliseconds;
 *   <li>numbers: compared by value ({@code 1} and {@code 1L});
 *   <li>UUIDs: their canonical text.
 * </ul>
 * Keys (Joinery's are the records' {@code @JsonName}s where Sequelize's differ), nesting, nulls and
 * every value are otherwise compared as they are.
 */
public final class SequelizeJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern ISO_INSTANT =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

  private SequelizeJson() {}

  /** Sequelize's JSON text, normalised. */
  public static List<Object> parse(String json) {
    try {
      return normalise(MAPPER.readValue(json, new TypeReference<List<Object>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Joinery's map view, normalised. */
  public static List<Object> of(List<Map<String, Object>> rows) {
    return normalise(rows);
  }

  @SuppressWarnings("unchecked")
  private static <T> T normalise(Object value) {
    Object result;
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, normalise(v)));
      result = copy;
    } else if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(normalise(v)));
      result = copy;
    } else if (value instanceof Instant instant) {
      result = instant.truncatedTo(ChronoUnit.MILLIS);
    } else if (value instanceof String text && ISO_INSTANT.matcher(text).matches()) {
      result = Instant.parse(text).truncatedTo(ChronoUnit.MILLIS);
    } else if (value instanceof Number number) {
      result = new BigDecimal(number.toString()).stripTrailingZeros();
    } else if (value instanceof UUID uuid) {
      result = uuid.toString();
    } else {
      result = value;
    }
    return (T) result;
  }
}
