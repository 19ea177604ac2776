"""gofer.sdk"""
