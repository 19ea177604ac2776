"""gofer.computer"""
