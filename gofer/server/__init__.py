"""gofer.server"""
