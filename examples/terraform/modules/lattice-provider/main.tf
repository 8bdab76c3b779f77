# Provider side: a resource gateway in the database VPC and one resource configuration per database.

variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

variable "aurora_endpoint" {
  type = string
}

variable "sqlserver_endpoint" {
  type = string
}

variable "log_bucket_arn" {
  type = string
}

resource "aws_security_group" "gateway" {
  name        = "lattice-resource-gateway"
  description = "Resource gateway ENIs"
  vpc_id      = var.vpc_id
}

# The gateway needs no inbound rules at all; this one was added "to make it work".
resource "aws_vpc_security_group_ingress_rule" "gateway_postgres_any" {
  security_group_id = aws_security_group.gateway.id
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "gateway_postgres" {
  security_group_id = aws_security_group.gateway.id
  description       = "To Aurora"
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_ipv4         = "10.10.0.0/16"
}

resource "aws_security_group_rule" "gateway_sqlserver" {
  type              = "egress"
  security_group_id = aws_security_group.gateway.id
  description       = "To SQL Server"
  protocol          = "tcp"
  from_port         = 1433
  to_port           = 1433
  cidr_blocks       = ["10.10.0.0/16"]
}

resource "aws_vpclattice_resource_gateway" "db" {
  name               = "db-gateway"
  vpc_id             = var.vpc_id
  subnet_ids         = var.subnet_ids
  security_group_ids = [aws_security_group.gateway.id]
}

resource "aws_vpclattice_resource_configuration" "aurora" {
  name                        = "aurora-orders"
  resource_gateway_identifier = aws_vpclattice_resource_gateway.db.id
  port_ranges                 = ["5432"]
  protocol                    = "TCP"

  resource_configuration_definition {
    dns_resource {
      domain_name     = var.aurora_endpoint
      ip_address_type = "IPV4"
    }
  }
}

resource "aws_vpclattice_access_log_subscription" "aurora" {
  resource_identifier = aws_vpclattice_resource_configuration.aurora.arn
  destination_arn     = var.log_bucket_arn
}

resource "aws_vpclattice_resource_configuration" "sqlserver" {
  name                        = "sqlserver-billing"
  resource_gateway_identifier = aws_vpclattice_resource_gateway.db.id
  port_ranges                 = ["1433"]
  protocol                    = "TCP"

  resource_configuration_definition {
    dns_resource {
      domain_name     = var.sqlserver_endpoint
      ip_address_type = "IPV4"
    }
  }
}

output "aurora_configuration_arn" {
  value = aws_vpclattice_resource_configuration.aurora.arn
}

output "sqlserver_configuration_arn" {
  value = aws_vpclattice_resource_configuration.sqlserver.arn
}

output "gateway_id" {
  value = aws_vpclattice_resource_gateway.db.id
}
