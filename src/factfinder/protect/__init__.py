"""Protection: encryption at rest, key management, users and roles, audit log, outbound safety."""
