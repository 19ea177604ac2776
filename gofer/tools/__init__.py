"""gofer.tools"""
