# Two-account VPC Lattice resource sharing, as in the field reports:
# the provider account (111111111111) shares an Aurora PostgreSQL cluster and an RDS SQL Server through a
# resource gateway; the consumer account (222222222222) reaches Aurora through a Resource-type VPC endpoint.
# Organization members: 111111111111, 222222222222, 333333333333. See README.md for the planted problems.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}

provider "aws" {
  region = "ap-northeast-1"
}

provider "aws" {
  alias  = "consumer"
  region = "ap-northeast-1"
  assume_role {
    role_arn = "arn:aws:iam::222222222222:role/terraform"
  }
}

module "lattice_provider" {
  source             = "./modules/lattice-provider"
  vpc_id             = "vpc-0a1b2c3d4e5f60001"
  subnet_ids         = ["subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012"]
  aurora_endpoint    = "orders.cluster-c9akq1x2y3z4.ap-northeast-1.rds.amazonaws.com"
  sqlserver_endpoint = "billing.c9akq1x2y3z4.ap-northeast-1.rds.amazonaws.com"
  log_bucket_arn     = "arn:aws:s3:::lattice-access-logs-111111111111"
}

# --- RAM shares (provider account) ---

resource "aws_ram_resource_share" "aurora" {
  name                      = "aurora-orders"
  allow_external_principals = false
}

resource "aws_ram_resource_association" "aurora" {
  resource_arn       = module.lattice_provider.aurora_configuration_arn
  resource_share_arn = aws_ram_resource_share.aurora.arn
}

resource "aws_ram_principal_association" "aurora_consumer" {
  principal          = "222222222222"
  resource_share_arn = aws_ram_resource_share.aurora.arn
}

resource "aws_ram_principal_association" "aurora_partner" {
  principal          = "999999999999"
  resource_share_arn = aws_ram_resource_share.aurora.arn
}

resource "aws_ram_resource_share" "sqlserver" {
  name                      = "sqlserver-billing"
  allow_external_principals = true
}

resource "aws_ram_resource_association" "sqlserver" {
  resource_arn       = module.lattice_provider.sqlserver_configuration_arn
  resource_share_arn = aws_ram_resource_share.sqlserver.arn
}

resource "aws_ram_principal_association" "sqlserver_consumer" {
  principal          = "222222222222"
  resource_share_arn = aws_ram_resource_share.sqlserver.arn
}

# --- Consumer account ---

resource "aws_security_group" "aurora_endpoint" {
  provider    = aws.consumer
  name        = "aurora-endpoint"
  description = "Aurora resource endpoint: PostgreSQL from the application subnets"
  vpc_id      = "vpc-0c1d2e3f4a5b60002"

  ingress {
    description = "PostgreSQL from the app subnets"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }
}

resource "aws_vpc_endpoint" "aurora" {
  provider                   = aws.consumer
  vpc_id                     = "vpc-0c1d2e3f4a5b60002"
  vpc_endpoint_type          = "Resource"
  resource_configuration_arn = module.lattice_provider.aurora_configuration_arn
  subnet_ids                 = ["subnet-0c1d2e3f4a5b60021", "subnet-0c1d2e3f4a5b60022"]
  security_group_ids         = [aws_security_group.aurora_endpoint.id]
  private_dns_enabled        = true
}
