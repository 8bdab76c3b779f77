variable "name" {}
variable "vpc_id" {}
variable "service_network_id" {}

module "sg" {
  source = "./modules/sg"
  name   = var.name
  vpc_id = var.vpc_id
}

resource "aws_vpclattice_service_network_vpc_association" "this" {
  vpc_identifier             = var.vpc_id
  service_network_identifier = var.service_network_id
  security_group_ids         = [module.sg.id]
}

output "association_id" {
  value = aws_vpclattice_service_network_vpc_association.this.id
}
