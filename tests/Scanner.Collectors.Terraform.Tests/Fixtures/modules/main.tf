locals {
  vpcs = {
    a = "vpc-0aaaaaaaaaaaaaaa1"
    b = "vpc-0bbbbbbbbbbbbbbb2"
  }
  gateway_id = "set elsewhere"
}

resource "aws_vpclattice_service_network" "shared" {
  name      = "shared"
  auth_type = "AWS_IAM"
}

module "net" {
  source   = "./modules/network"
  for_each = local.vpcs

  name               = each.key
  vpc_id             = each.value
  service_network_id = aws_vpclattice_service_network.shared.id
}

module "remote" {
  source = "terraform-aws-modules/security-group/aws"
  name   = "remote"
}

resource "aws_security_group" "gw" {
  count  = 2
  name   = "gw-${count.index}"
  vpc_id = "vpc-0ccccccccccccccc3"
}

resource "aws_vpclattice_resource_gateway" "gw" {
  count              = 2
  name               = "gw-${count.index}"
  vpc_id             = "vpc-0ccccccccccccccc3"
  subnet_ids         = ["subnet-0ccccccccccccccc1"]
  security_group_ids = [aws_security_group.gw[count.index].id]
}

  resource "aws_vpclattice_resource_configuration" "orphan" {
  name                        = "orphan"
  resource_gateway_identifier = local.gateway_id
  port_ranges                 = ["443"]

  resource_configuration_definition {
    ip_resource {
      ip_address = "10.0.0.10"
    }
  }
}
