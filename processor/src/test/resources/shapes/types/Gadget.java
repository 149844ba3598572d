package shapes.types;

import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Length;
import dev.joinery.annotation.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/** Every supported column type, primitive and boxed; a nested record; a clashing name. */
@Table
public record Gadget(
    @Id String code,
    boolean active,
    Boolean visible,
    byte level,
    Byte boxedLevel,
    short rank,
    Short boxedRank,
    int count,
    Integer boxedCount,
    long total,
    Long boxedTotal,
    float ratio,
    Float boxedRatio,
    double weight,
    Double boxedWeight,
    @Column(precision = 10, scale = 4) BigDecimal price,
    BigDecimal cost,
    Instant seenAt,
    LocalDateTime localSeenAt,
    LocalDate madeOn,
    LocalTime opensAt,
    UUID serial,
    Status status,
    byte[] picture,
    @Length(min = 2, max = 20) @Column(text = true) String notes,
    @Column(defaultValue = "0") int instance) {

  /** Stored by name. */
  public enum Status { DRAFT, LIVE }

  /** A nested record gets {@code Gadget_PartTable}. */
  @Table("gadget_parts")
  public record Part(@Id Long id, @Column(unsigned = true) long gadgetCount) {}
}
