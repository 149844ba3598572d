package dev.joinery.it.seeds.replicas;

/** {@link ReplicaReadsTest} on a PostgreSQL 15 primary and its streaming replica. */
class PostgresReplicaReadsTest extends ReplicaReadsTest {
  @Override
  ReplicaPair.Kind kind() {
    return ReplicaPair.Kind.POSTGRES;
  }
}
