"""gofer.models"""
