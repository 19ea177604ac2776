"""gofer.agent"""
