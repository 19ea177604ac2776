"""gofer.runtime"""
