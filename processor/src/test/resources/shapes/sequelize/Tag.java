package shapes.sequelize;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;

/** Named by the compilation's mode: {@code tags}, or {@code Tags} with -Ajoinery.naming=sequelize. */
@Table
public record Tag(
    @Id @AutoIncrement Long id,
    String displayName) {}
