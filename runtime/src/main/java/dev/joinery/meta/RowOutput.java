package dev.joinery.meta;

import dev.joinery.dialect.Dialect;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The parameters of one row of an INSERT or UPDATE, seen as one table's columns. Generated
 * {@code write} methods set every column by ordinal; this class places each at the parameter
 * position its statement gave it, and drops the columns the statement lacks (say, an
 * auto-increment key on insert). Values are set on the JDBC statement with the typed setter, so
 * nothing is looked up per value.
 */
public final class RowOutput {
  private final int[] positions;
  private final Dialect dialect;
  private PreparedStatement statement;

  /**
   * @param positions JDBC parameter position (1-based) of each column ordinal, 0 to skip it
   */
  public RowOutput(int[] positions, Dialect dialect) {
    this.positions = positions;
    this.dialect = dialect;
  }

  /** The JDBC parameter position (1-based) of column {@code column}, 0 if the statement lacks it. */
  public int position(int column) {
    return positions[column];
  }

  /** Points this output at the statement of the next row. */
  public RowOutput target(PreparedStatement statement) {
    this.statement = statement;
    return this;
  }

  public void setString(int column, String value) throws SQLException {
    int p = positions[column];
    if (p == 0) return;
    if (value == null) statement.setNull(p, Types.VARCHAR); else statement.setString(p, value);
  }

  public void setBoolean(int column, boolean value) throws SQLException {
    int p = positions[column];
    if (p != 0) statement.setBoolean(p, value);
  }

  public void setBoxedBoolean(int column, Boolean value) throws SQLException {
    int p = positions[column];
    if (p == 0) return;
    if (value == null) statement.setNull(p, Types.BOOLEAN); else statement.setBoolean(p, value);
  }

  public void setByte(int column, byte value) throws SQLException {
    int p = positions[column];
    if (p != 0) statement.setByte(p, value);
  }

  public void setBoxedByte(int column, Byte value) throws SQLException {
    int p = positions[column];
    if (p == 0) return;
    if (value == null) statement.setNull(p, Types.TINYINT); else statement.setByte(p, value);
  }

  public void setShort(int column, short value) throws SQLException {
    int p = positions[column];
    if (p != 0) statement.setShort(p, value);
  }

  public void setBoxedShort(int column, Short value) throws SQLException {
    int p = positions[column];
    if (p == 0) return;
    if (value == null) statement.setNull(p, Types.SMALLINT); else statement.setShort(p, value);
  }

  public void setInt(int column, int value) throws SQLException {
    int p = positions[column];
    if (p != 0) statement.setInt(p, value);
  }

  public void setBoxedInt(int column, Integer value) throws SQLException {
    int p = positions[column];
    if (p == 0) return;
    if (value == null) statement.setNull(p, Types.INTEGER); else statement.setInt(p, value);
  }

  public void setLong(int column, long value) throws SQLException {
    int p = positions[column];
    if (p != 0) statement.setLong(p, value);
  }

  public void setBoxedLong(int column, Long value) throws SQLException {
    int p = positions[column];
    if (p == 0) return;
    if (value == null) statement.setNull(p, Types.BIGINT); else statement.setLong(p, value);
  }

  public void setFloat(int column, float value) throws SQLException {
    int p = positions[column];
    if (p != 0) statement.setFloat(p, value);
  }

  public void setBoxedFloat(int column, Float value) throws SQLException {
    int p = positions[column];
    if (p == 0) return;
    if (value == null) statement.setNull(p, Types.REAL); else statement.setFloat(p, value);
  }

  public void setDouble(int column, double value) throws SQLException {
    int p = positions[column];
    if (p != 0) statement.setDouble(p, value);
  }

  public void setBoxedDouble(int column, Double value) throws SQLException {
    int p = positions[column];
    if (p == 0) return;
    if (value == null) statement.setNull(p, Types.DOUBLE); else statement.setDouble(p, value);
  }

  public void setBigDecimal(int column, BigDecimal value) throws SQLException {
    int p = positions[column];
    if (p == 0) return;
    if (value == null) statement.setNull(p, Types.DECIMAL); else statement.setBigDecimal(p, value);
  }

  public void setInstant(int column, Instant value) throws SQLException {
    int p = positions[column];
    if (p != 0) dialect.bindInstant(statement, p, value);
  }

  public void setLocalDateTime(int column, LocalDateTime value) throws SQLException {
    int p = positions[column];
    if (p == 0) return;
    dialect.bindLocalDateTime(statement, p, value);
  }

  public void setLocalDate(int column, LocalDate value) throws SQLException {
    int p = positions[column];
    if (p == 0) return;
    if (value == null) statement.setNull(p, Types.DATE); else statement.setObject(p, value);
  }

  public void setLocalTime(int column, LocalTime value) throws SQLException {
    int p = positions[column];
    if (p == 0) return;
    dialect.bindLocalTime(statement, p, value);
  }

  public void setUuid(int column, UUID value) throws SQLException {
    int p = positions[column];
    if (p != 0) dialect.bindUuid(statement, p, value);
  }

  public void setBytes(int column, byte[] value) throws SQLException {
    int p = positions[column];
    if (p == 0) return;
    if (value == null) statement.setNull(p, Types.VARBINARY); else statement.setBytes(p, value);
  }

  public void setEnum(int column, Enum<?> value) throws SQLException {
    setString(column, value == null ? null : value.name());
  }
}
