"""gofer.store"""
