"""gofer.safety"""
