package dev.joinery.meta;

import dev.joinery.dialect.Dialect;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

/**
 * The current row of a result set, seen as one table's columns. Generated {@code read} methods
 * ask for columns by ordinal; this class maps the ordinal to the JDBC position the statement put
 * it at, once per statement, so reading a row costs no name lookups. A column the statement did
 * not select reads as {@code null}, or zero for a primitive.
 *
 * <p>It also carries the included associations of the current row ({@link #association}), set
 * by the include loader before it reads the row, so each record is constructed once, with its
 * associations in place. Where nothing set them (raw SQL through a row mapper), they are
 * {@code null}: not included.
 */
public final class RowInput {
  private final ResultSet resultSet;
  private final int[] positions;
  private final Dialect dialect;
  /** Association values by record component, or null while none was set. */
  private Object[] associations;

  /**
   * @param positions JDBC position (1-based) of each column ordinal, 0 for a column not selected
   */
  public RowInput(ResultSet resultSet, int[] positions, Dialect dialect) {
    this.resultSet = resultSet;
    this.positions = positions;
    this.dialect = dialect;
  }

  /**
   * The value of association component {@code component} for the current row: the record or
   * list the include loader set, or {@code null} when the association is not included.
   */
  // A is the component's type, which the generated code that calls this names.
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public <A> A association(int component) {
    Object[] values = associations;
    return values == null || component >= values.length ? null : (A) values[component];
  }

  /**
   * Sets the value {@link #association} returns for {@code component} until set again; used by
   * the runtime's include loader before each row.
   */
  public void setAssociation(int component, Object value) {
    if (associations == null || component >= associations.length) {
      associations = associations == null
          ? new Object[component + 1] : Arrays.copyOf(associations, component + 1);
    }
    associations[component] = value;
  }

  /** Whether the row has any value of this table (false for the empty side of a LEFT JOIN). */
  public boolean isPresent(int keyColumn) throws SQLException {
    int position = positions[keyColumn];
    return position != 0 && resultSet.getObject(position) != null;
  }

  public String getString(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? null : resultSet.getString(position);
  }

  public boolean getBoolean(int column) throws SQLException {
    int position = positions[column];
    return position != 0 && resultSet.getBoolean(position);
  }

  public Boolean getBoxedBoolean(int column) throws SQLException {
    int position = positions[column];
    if (position == 0) return null;
    boolean value = resultSet.getBoolean(position);
    return resultSet.wasNull() ? null : value;
  }

  public byte getByte(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? 0 : resultSet.getByte(position);
  }

  public Byte getBoxedByte(int column) throws SQLException {
    int position = positions[column];
    if (position == 0) return null;
    byte value = resultSet.getByte(position);
    return resultSet.wasNull() ? null : value;
  }

  public short getShort(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? 0 : resultSet.getShort(position);
  }

  public Short getBoxedShort(int column) throws SQLException {
    int position = positions[column];
    if (position == 0) return null;
    short value = resultSet.getShort(position);
    return resultSet.wasNull() ? null : value;
  }

  public int getInt(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? 0 : resultSet.getInt(position);
  }

  public Integer getBoxedInt(int column) throws SQLException {
    int position = positions[column];
    if (position == 0) return null;
    int value = resultSet.getInt(position);
    return resultSet.wasNull() ? null : value;
  }

  public long getLong(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? 0L : resultSet.getLong(position);
  }

  public Long getBoxedLong(int column) throws SQLException {
    int position = positions[column];
    if (position == 0) return null;
    long value = resultSet.getLong(position);
    return resultSet.wasNull() ? null : value;
  }

  public float getFloat(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? 0f : resultSet.getFloat(position);
  }

  public Float getBoxedFloat(int column) throws SQLException {
    int position = positions[column];
    if (position == 0) return null;
    float value = resultSet.getFloat(position);
    return resultSet.wasNull() ? null : value;
  }

  public double getDouble(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? 0d : resultSet.getDouble(position);
  }

  public Double getBoxedDouble(int column) throws SQLException {
    int position = positions[column];
    if (position == 0) return null;
    double value = resultSet.getDouble(position);
    return resultSet.wasNull() ? null : value;
  }

  public BigDecimal getBigDecimal(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? null : resultSet.getBigDecimal(position);
  }

  public Instant getInstant(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? null : dialect.readInstant(resultSet, position);
  }

  public LocalDateTime getLocalDateTime(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? null : resultSet.getObject(position, LocalDateTime.class);
  }

  public LocalDate getLocalDate(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? null : resultSet.getObject(position, LocalDate.class);
  }

  public LocalTime getLocalTime(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? null : resultSet.getObject(position, LocalTime.class);
  }

  public UUID getUuid(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? null : dialect.readUuid(resultSet, position);
  }

  public byte[] getBytes(int column) throws SQLException {
    int position = positions[column];
    return position == 0 ? null : resultSet.getBytes(position);
  }

  /** Reads an enum stored by name; {@code valueOf} is the enum's generated {@code valueOf}. */
  public <E extends Enum<E>> E getEnum(int column, Function<String, E> valueOf)
      throws SQLException {
    String name = getString(column);
    return name == null ? null : valueOf.apply(name);
  }
}
