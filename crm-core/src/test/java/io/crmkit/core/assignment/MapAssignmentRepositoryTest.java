package io.crmkit.core.assignment;

/** The reference model passes the repository contract too. */
class MapAssignmentRepositoryTest extends AssignmentRepositoryContract {

  @Override
  protected AssignmentRepository newRepository() {
    return new MapAssignmentRepository();
  }
}
