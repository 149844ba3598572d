package dev.joinery.bench.jdbc;

import dev.joinery.bench.Engine;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What a hand-written JDBC program needs to know about each database to read and write the same
 * rows as the generated code: how instants are stored (MariaDB {@code DATETIME(6)} in UTC, H2 and
 * PostgreSQL {@code TIMESTAMP WITH TIME ZONE}) and how identifiers are quoted.
 */
public final class JdbcTypes {
  /**
   * MariaDB reports itself as "5.5.5-10.x", so connector-j drops the microseconds of a bound
   * {@code LocalDateTime}; text keeps them, and the server parses it exactly.
   */
  private static final DateTimeFormatter MARIADB_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);

  private final Engine engine;
  private final boolean mariadb;

  public JdbcTypes(Engine engine) {
    this.engine = engine;
    this.mariadb = engine == Engine.MARIADB;
  }

  public Engine engine() {
    return engine;
  }

  /** {@code sql} with its {@code "identifiers"} quoted for this database. */
  public String sql(String sql) {
    return mariadb ? sql.replace('"', '`') : sql;
  }

  public Instant readInstant(ResultSet rs, int position) throws SQLException {
    if (mariadb) {
      LocalDateTime value = rs.getObject(position, LocalDateTime.class);
      return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
    OffsetDateTime value = rs.getObject(position, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public void bindInstant(PreparedStatement ps, int position, Instant value) throws SQLException {
    if (value == null) {
      ps.setNull(position, mariadb ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE);
    } else if (mariadb) {
      ps.setString(position, MARIADB_DATE_TIME.format(utc(value)));
    } else {
      ps.setObject(position, OffsetDateTime.of(utc(value), ZoneOffset.UTC));
    }
  }

  /**
   * The UTC date and time of {@code value}, without {@code ZoneOffset.getRules()}, which builds a
   * new {@code ZoneRules} (and its cache map) per call on JDK 17; the generated side does the same.
   */
  private static LocalDateTime utc(Instant value) {
    return LocalDateTime.ofEpochSecond(value.getEpochSecond(), value.getNano(), ZoneOffset.UTC);
  }

  /** A nullable {@code BIGINT}. */
  public static Long readLong(ResultSet rs, int position) throws SQLException {
    long value = rs.getLong(position);
    return rs.wasNull() ? null : value;
  }

  /** {@code ?, ?, …, ?}: {@code count} placeholders. */
  public static String placeholders(int count) {
    StringBuilder text = new StringBuilder(count * 3);
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "?" : ", ?");
    }
    return text.toString();
  }
}
