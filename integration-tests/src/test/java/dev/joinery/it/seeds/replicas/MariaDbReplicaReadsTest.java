package dev.joinery.it.seeds.replicas;

/** {@link ReplicaReadsTest} on a MariaDB primary and its GTID binlog replica. */
class MariaDbReplicaReadsTest extends ReplicaReadsTest {
  @Override
  ReplicaPair.Kind kind() {
    return ReplicaPair.Kind.MARIADB;
  }
}
