package shapes.packages.b;

import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import shapes.packages.a.Owner;

@Table
public record Pet(@Id Long id, Long ownerId, @BelongsTo Owner owner) {}
