variable "name" {}
variable "vpc_id" {}

resource "aws_security_group" "this" {
  name   = "lattice-${var.name}"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

output "id" {
  value = aws_security_group.this.id
}
